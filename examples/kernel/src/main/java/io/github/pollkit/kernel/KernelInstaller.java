package io.github.pollkit.kernel;

import com.google.gson.GsonBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the kernel spec of {@link PollkitKernel} for the current user's Jupyter: a folder {@code
 * kernels/pollkit} in Jupyter's data directory with {@code kernel.json} and, in {@code lib/}, the
 * jars of this class path (the kernel, pollkit and their dependencies), so the installed kernel
 * does not depend on the build folder. Needs no display and no Jupyter: the spec is a file.
 *
 * <p>The data directory is Jupyter's: {@code $JUPYTER_DATA_DIR} if set, otherwise {@code
 * ~/.local/share/jupyter} on Linux (or {@code $XDG_DATA_HOME/jupyter}), {@code ~/Library/Jupyter}
 * on macOS and {@code %APPDATA%\jupyter} on Windows. An argument names another data directory (e.g.
 * a virtual environment's {@code share/jupyter}).
 */
public final class KernelInstaller {

  private KernelInstaller() {}

  /**
   * Installs the kernel spec and prints where.
   *
   * @param args optionally the Jupyter data directory to install into
   * @throws IOException if the spec cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path data = args.length > 0 ? Path.of(args[0]) : jupyterDataDir();
    Path spec = install(data, classPath());
    System.out.println("Installed the pollkit kernel spec in " + spec.toAbsolutePath());
    System.out.println("  kernel: " + spec.resolve("kernel.json").toAbsolutePath());
    System.out.println("Start Jupyter (jupyter notebook) and choose the kernel 'Java (pollkit)'.");
  }

  /**
   * Writes the spec into {@code <data>/kernels/pollkit}, replacing an earlier one.
   *
   * @param data the Jupyter data directory
   * @param jars the jars (or class folders) the kernel runs with
   * @return the spec's folder
   * @throws IOException if the spec cannot be written
   */
  static Path install(Path data, List<Path> jars) throws IOException {
    Path spec = data.resolve("kernels").resolve(PollkitKernel.NAME).toAbsolutePath();
    Path lib = spec.resolve("lib");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> old = Files.walk(lib)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(lib);
    List<String> classPath = new ArrayList<>();
    for (Path jar : jars) {
      if (Files.isRegularFile(jar)) {
        Path copy = lib.resolve(jar.getFileName());
        Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        classPath.add(copy.toString());
      } else if (Files.isDirectory(jar)) {
        classPath.add(jar.toAbsolutePath().toString()); // a class folder (a build in progress)
      }
    }
    Map<String, Object> kernel = new LinkedHashMap<>();
    kernel.put(
        "argv",
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.awt.headless=true",
            // a kernel's work is mostly start-up (JShell compiles every cell): the client
            // compiler alone halves the CPU time of a start (BENCHMARKS.md, "Notebook kernel")
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            String.join(File.pathSeparator, classPath),
            PollkitKernel.class.getName(),
            "{connection_file}"));
    kernel.put("display_name", "Java (pollkit)");
    kernel.put("language", "java");
    kernel.put("interrupt_mode", "message");
    Files.writeString(
        spec.resolve("kernel.json"),
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(kernel) + "\n");
    return spec;
  }

  /** This JVM's class path, as paths. */
  static List<Path> classPath() {
    List<Path> paths = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        paths.add(Path.of(entry).toAbsolutePath());
      }
    }
    return paths;
  }

  /** Jupyter's data directory for the current user, as {@code jupyter --data-dir} finds it. */
  static Path jupyterDataDir() {
    String given = System.getenv("JUPYTER_DATA_DIR");
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    Path home = Path.of(System.getProperty("user.home"));
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Jupyter");
    }
    if (os.contains("win")) {
      String appData = System.getenv("APPDATA");
      return (appData != null ? Path.of(appData) : home).resolve("jupyter");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share"))
        .resolve("jupyter");
  }
}
