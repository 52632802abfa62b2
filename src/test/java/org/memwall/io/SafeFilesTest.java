package org.memwall.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.io.SafeFiles.Overwrite;

class SafeFilesTest {

    @Test
    void writesANewFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        SafeFiles.write(f, Overwrite.REFUSE, "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello", Files.readString(f));
        assertEquals(1, count(dir), "no temporary file is left behind");
    }

    @Test
    void refusesToReplaceAnExistingFileUnlessTold(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "old");
        assertThrows(SafeFiles.TargetExistsException.class,
                () -> SafeFiles.write(f, Overwrite.REFUSE, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("old", Files.readString(f));
        SafeFiles.write(f, Overwrite.REPLACE, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(f));
        assertEquals(1, count(dir));
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoPart(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.bin");
        Files.write(f, new byte[] {1, 2, 3});
        assertThrows(IOException.class, () -> SafeFiles.write(f, Overwrite.REPLACE, out -> {
            out.write(new byte[] {9, 9});
            throw new IOException("disk full");
        }));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(f));
        assertEquals(1, count(dir));
    }

    @Test
    void neverReplacesAFolder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        IOException e = assertThrows(IOException.class,
                () -> SafeFiles.write(folder, Overwrite.REPLACE, new byte[] {1}));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        Path f = dir.resolve("no/such/a.txt");
        IOException e = assertThrows(IOException.class, () -> SafeFiles.write(f, Overwrite.REFUSE, new byte[] {1}));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
