package org.chengxin.platform.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the PostgreSQL server binaries that ship inside the zonky binaries jars on Maven Central
 * into a world-readable cache folder, once per version. World-readable because, when Chengxin runs
 * as root, the server itself runs as an unprivileged user (PostgreSQL refuses to run as root).
 */
final class PostgresBinaries {
  private PostgresBinaries() {}

  static Path unpacked() {
    String resource = "postgres-linux-" + architecture() + ".txz";
    URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
    Path target = cacheRoot().resolve("pg-" + version(url) + "-" + architecture());
    if (Files.exists(target.resolve(".complete"))) {
      return target;
    }
    try (InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "no embedded PostgreSQL for this platform ("
                + resource
                + "); start with --db jdbc:postgresql://… instead");
      }
      Path staging = Files.createTempDirectory(cacheRoot(), "unpacking-");
      extract(in, staging);
      Files.writeString(staging.resolve(".complete"), version(url));
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        // Another process unpacked the same version first; theirs is as good as ours.
        if (!Files.exists(target.resolve(".complete"))) {
          throw raced;
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack the embedded PostgreSQL", e);
    }
  }

  private static void extract(InputStream txz, Path into) throws IOException {
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz, 1 << 16)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path path = into.resolve(entry.getName()).normalize();
        if (!path.startsWith(into)) {
          throw new IOException("archive entry outside target: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(path);
        } else if (entry.isSymbolicLink()) {
          Files.createDirectories(path.getParent());
          Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
        } else {
          Files.createDirectories(path.getParent());
          Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
          boolean executable = (entry.getMode() & 0100) != 0;
          Files.setPosixFilePermissions(
              path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    try (var dirs = Files.walk(into)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }

  private static Path cacheRoot() {
    Path root = Path.of(System.getProperty("java.io.tmpdir"), "chengxin-postgres");
    try {
      Files.createDirectories(root);
      Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  private static String architecture() {
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      throw new IllegalStateException(
          "the embedded PostgreSQL runs on Linux only; on "
              + os
              + " start with --db jdbc:postgresql://…");
    }
    return switch (arch) {
      case "amd64", "x86_64" -> "x86_64";
      case "aarch64", "arm64" -> "arm_64";
      default -> throw new IllegalStateException("no embedded PostgreSQL for " + arch);
    };
  }

  /** The binaries jar's version, read from its file name so an upgrade unpacks afresh. */
  private static String version(URL url) {
    if (url == null) {
      return "none";
    }
    Matcher m = JAR_VERSION.matcher(url.toString());
    return m.find() ? m.group(1) : Integer.toHexString(url.toString().hashCode());
  }

  private static final Pattern JAR_VERSION = Pattern.compile("-(\\d+\\.\\d+\\.\\d+)\\.jar");
}
