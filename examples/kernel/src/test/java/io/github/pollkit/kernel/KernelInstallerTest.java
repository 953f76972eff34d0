package io.github.pollkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelInstallerTest {

  @Test
  void writes_a_kernel_spec_with_its_own_copy_of_the_jars(@TempDir Path data) throws IOException {
    Path jar = Files.writeString(data.resolve("some.jar"), "not really a jar");
    Path spec = KernelInstaller.install(data.resolve("jupyter"), List.of(jar));

    assertEquals(data.resolve("jupyter/kernels/pollkit").toAbsolutePath(), spec);
    Path copy = spec.resolve("lib/some.jar");
    assertEquals("not really a jar", Files.readString(copy));
    JsonObject kernel =
        JsonParser.parseString(Files.readString(spec.resolve("kernel.json"))).getAsJsonObject();
    List<String> argv =
        kernel.getAsJsonArray("argv").asList().stream().map(e -> e.getAsString()).toList();
    assertTrue(argv.get(0).endsWith(File.separator + "java"), argv.get(0));
    assertTrue(argv.contains("-Djava.awt.headless=true"), argv.toString());
    assertEquals(copy.toString(), argv.get(argv.indexOf("-cp") + 1));
    assertEquals(
        List.of("io.github.pollkit.kernel.PollkitKernel", "{connection_file}"),
        argv.subList(argv.size() - 2, argv.size()));
    assertEquals("java", kernel.get("language").getAsString());
    assertEquals("message", kernel.get("interrupt_mode").getAsString());
  }

  @Test
  void installing_again_replaces_the_jars(@TempDir Path data) throws IOException {
    Path old = Files.writeString(data.resolve("old.jar"), "old");
    Path fresh = Files.writeString(data.resolve("new.jar"), "new");
    KernelInstaller.install(data.resolve("jupyter"), List.of(old));
    Path spec = KernelInstaller.install(data.resolve("jupyter"), List.of(fresh));
    assertFalse(Files.exists(spec.resolve("lib/old.jar")));
    assertTrue(Files.exists(spec.resolve("lib/new.jar")));
  }
}
