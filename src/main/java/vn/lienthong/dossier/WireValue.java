package vn.lienthong.dossier;

/** An enum constant's spelling in the provincial system's JSON. */
public interface WireValue {

    String wire();
}
