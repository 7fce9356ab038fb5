package org.sanayan.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanayan.account.Mail;
import org.sanayan.account.OutboxMailer;

/** Another account on the server must not read password hashes, progress, or mail with live reset links. */
class PrivateFilesTest {

    @TempDir
    Path tmp;

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void the_database_its_journal_and_a_new_data_folder_are_for_the_server_s_user_only() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data.resolve("sanayan.db"))) {
            db.write(c -> {
                try (var s = c.createStatement()) {
                    s.execute("CREATE TABLE t (x)");
                }
                return null;
            });
            assertEquals("rwx------", mode(data));
            for (String name : List.of("sanayan.db", "sanayan.db-wal", "sanayan.db-shm")) {
                assertEquals("rw-------", mode(data.resolve(name)), name);
            }
        }
    }

    @Test
    void an_existing_database_that_others_could_read_is_narrowed_when_opened() throws Exception {
        Path file = tmp.resolve("old.db");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Database.open(file).close();
        assertEquals("rw-------", mode(file));
    }

    @Test
    void outbox_messages_are_readable_by_the_server_s_user_only() throws Exception {
        Path outbox = tmp.resolve("outbox");
        new OutboxMailer(outbox, Clock.systemUTC()).send(new Mail("ana@example.ph", "Reset", "a link", "reset"));
        assertEquals("rwx------", mode(outbox));
        try (var files = Files.list(outbox)) {
            for (Path f : files.toList()) {
                assertEquals("rw-------", mode(f), f.getFileName().toString());
            }
        }
    }
}
