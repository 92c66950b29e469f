package vn.lienthong.sync;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The national databases consulted for each dossier (MaCSDL codes), for DSKetNoiCSDL of what is pushed. */
public interface ConsultedDatabases {

    Map<String, List<String>> of(Collection<String> codes);
}
