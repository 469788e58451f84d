package org.awpt.adapters.mongo.embedded;

import java.nio.file.Path;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The format marker of the embedded file. mongo-java-server's H2 backend wrote documents and index
 * keys with Java serialization; this build writes both in a compact tagged form, and neither can read the
 * other. A file this build creates carries the marker; a file with the server's maps and no marker was
 * written by an earlier build and is refused rather than misread.
 */
final class StoreFormat {
    /**
     * The marker map. '$' cannot occur in a MongoDB database name, so no database's maps ever start
     * with this name and dropping a database never removes it.
     */
    static final String MAP_NAME = "$awpt.format";
    static final String VERSION_KEY = "version";
    /** Documents, ids and index keys in {@link ValueType}. */
    static final String CURRENT = "awpt-compact-1";

    private StoreFormat() {
    }

    /** Checks the format of an opened store, or marks a store that holds no database yet. */
    static void checkOrMark(MVStore store, Path file) {
        if (store.hasMap(MAP_NAME)) {
            MVMap<String, String> marker = store.openMap(MAP_NAME);
            String version = marker.get(VERSION_KEY);
            if (!CURRENT.equals(version)) {
                throw new EmbeddedFileFormatException(file, "The embedded database file " + file
                        + " is in format '" + version + "', which this AWPT build cannot read (it reads '"
                        + CURRENT + "'). Open it with the AWPT build that wrote it.");
            }
            return;
        }
        if (store.getMapNames().stream().anyMatch(StoreFormat::isServerMap)) {
            throw new EmbeddedFileFormatException(file, "The embedded database file " + file
                    + " was written by an earlier AWPT build (pre-release, documents in Java serialization),"
                    + " which this build cannot read. Nothing was changed in it. Move it out of the data"
                    + " folder to start with an empty database, or import its keys again into a new one.");
        }
        MVMap<String, String> marker = store.openMap(MAP_NAME);
        marker.put(VERSION_KEY, CURRENT);
        store.commit();
    }

    private static boolean isServerMap(String name) {
        return name.startsWith(MapNames.DATA_PREFIX) || name.startsWith(MapNames.META_PREFIX)
                || name.contains(MapNames.INDEX_INFIX);
    }
}
