package vn.lienthong.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Told of the dossier versions a feed page brought that were never pulled before, inside the intake's
 * database transaction: what it records is kept exactly when the page is. Must be quick and set-based.
 */
public interface IntakeListener {

    void pulled(List<JsonNode> freshItems);
}
