package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.model.Poll;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the compiled main classes has no cycle, and the packages below the facade
 * use nothing of it. Dependencies are read from the class files' constant pools (every class, field
 * and method a class refers to is named there), so an import, a fully qualified name and a
 * reference the compiler inlined all count, and Javadoc does not.
 */
class PackageGraphTest {
  private static final String ROOT = "io.github.pollkit";

  /** A pollkit class named in a constant: {@code io/github/pollkit/model/Poll}. */
  private static final Pattern POLLKIT_CLASS =
      Pattern.compile("io/github/pollkit/((?:[a-z][a-z0-9_]*/)*)([A-Z][\\w$]*)");

  /** Each main package and the pollkit classes (outside it) its classes refer to. */
  static Map<String, Set<String>> references() throws Exception {
    Path classes = Path.of(Poll.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, Set<String>> references = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(f -> f.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      String name = classes.relativize(file).toString().replace('\\', '/');
      String from = packageOf(name.substring(0, name.lastIndexOf('/') + 1));
      Set<String> used = references.computeIfAbsent(from, k -> new TreeSet<>());
      for (String constant : constants(file)) {
        Matcher m = POLLKIT_CLASS.matcher(constant);
        while (m.find()) {
          String to = packageOf("io/github/pollkit/" + m.group(1));
          if (!to.equals(from)) {
            used.add(to + "." + m.group(2).replaceAll("\\$.*", ""));
          }
        }
      }
    }
    return references;
  }

  private static String packageOf(String directory) {
    String dotted = directory.replace('/', '.');
    return dotted.substring(0, dotted.length() - 1);
  }

  /** The text constants of a class file (class names, descriptors, signatures, strings). */
  static List<String> constants(Path classFile) throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(raw)) {
      in.skipBytes(8); // magic, minor and major version
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> texts.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // a long or double takes two entries
          }
          default -> throw new IOException("unknown constant tag " + tag + " in " + classFile);
        }
      }
    }
    return texts;
  }

  /** Package → the packages it uses. */
  static Map<String, Set<String>> graph() throws Exception {
    Map<String, Set<String>> graph = new TreeMap<>();
    references()
        .forEach(
            (from, classes) -> {
              Set<String> to = new TreeSet<>();
              classes.forEach(c -> to.add(c.substring(0, c.lastIndexOf('.'))));
              graph.put(from, to);
            });
    return graph;
  }

  private static Set<String> reachable(Map<String, Set<String>> graph, String from) {
    Set<String> seen = new TreeSet<>();
    List<String> todo = new ArrayList<>(graph.getOrDefault(from, Set.of()));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(graph.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }

  @Test
  void no_package_depends_on_a_package_that_depends_back_on_it() throws Exception {
    Map<String, Set<String>> graph = graph();
    assertTrue(graph.containsKey(ROOT + ".model") && graph.containsKey(ROOT + ".io"), "" + graph);
    List<String> cycles = new ArrayList<>();
    for (String from : graph.keySet()) {
      if (reachable(graph, from).contains(from)) {
        cycles.add(from + " reaches itself; graph " + graph);
      }
    }
    assertEquals(List.of(), cycles);
  }

  @Test
  void packages_below_the_facade_use_nothing_of_it() throws Exception {
    Map<String, Set<String>> references = references();
    for (String below : List.of("internal", "model", "io", "stats", "trend", "chart")) {
      Set<String> used = references.getOrDefault(ROOT + "." + below, Set.of());
      assertEquals(Set.of(), rootClasses(used), below + " uses the root package");
    }
    // The house rule makes bad data an io.github.pollkit.PollDataException everywhere, so
    // weighting (Respondents.read) throws it; it uses no other class of the root package.
    assertEquals(
        Set.of(ROOT + ".PollDataException"), rootClasses(references.get(ROOT + ".weighting")));
  }

  @Test
  void internal_is_at_the_very_bottom() throws Exception {
    // the shared argument checks use nothing of pollkit, so every package may call them
    assertEquals(Set.of(), graph().get(ROOT + ".internal"));
  }

  @Test
  void model_is_at_the_bottom_and_io_sits_on_it_alone() throws Exception {
    Map<String, Set<String>> graph = graph();
    assertEquals(Set.of(ROOT + ".internal"), graph.get(ROOT + ".model"));
    assertEquals(Set.of(ROOT + ".internal", ROOT + ".model"), graph.get(ROOT + ".io"));
    // the one root class a lower package may use depends on the model alone
    Set<String> exceptionUses = new TreeSet<>();
    Path classes = Path.of(Poll.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (String constant :
        constants(classes.resolve("io/github/pollkit/PollDataException.class"))) {
      Matcher m = POLLKIT_CLASS.matcher(constant);
      while (m.find()) {
        exceptionUses.add(m.group(1));
      }
    }
    assertEquals(Set.of("", "model/"), exceptionUses);
  }

  private static Set<String> rootClasses(Set<String> classes) {
    Set<String> root = new TreeSet<>();
    for (String c : classes) {
      if (c.substring(0, c.lastIndexOf('.')).equals(ROOT)) {
        root.add(c);
      }
    }
    return root;
  }
}
