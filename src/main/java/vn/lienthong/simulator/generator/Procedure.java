package vn.lienthong.simulator.generator;

import java.util.List;

/** An administrative procedure of the catalogue, with what its dossiers usually carry. */
record Procedure(String code, String name, String fieldCode, String fieldName, boolean land, int processingDays,
                 List<Fee> fees, List<Component> components) {

    record Fee(String code, String name, String type, long amount) {
    }

    record Component(String code, String fileName) {
    }
}
