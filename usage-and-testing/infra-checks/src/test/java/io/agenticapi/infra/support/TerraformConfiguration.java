package io.agenticapi.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.openrewrite.Cursor;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Hcl;

/** All *.tf files of one Terraform directory, parsed (never evaluated). */
public final class TerraformConfiguration {

    private final Path directory;
    private final List<TerraformBlock> blocks;
    private final Map<String, TerraformExpression> locals = new LinkedHashMap<>();

    private TerraformConfiguration(Path directory, List<TerraformBlock> blocks) {
        this.directory = directory;
        this.blocks = List.copyOf(blocks);
        for (TerraformBlock block : blocks) {
            if (block.type().equals("locals")) {
                block.attributes().forEach((name, value) -> {
                    if (locals.put(name, value) != null) {
                        throw new IllegalStateException("local." + name + " is defined twice");
                    }
                });
            }
        }
    }

    public static TerraformConfiguration load(Path directory) {
        List<TerraformBlock> blocks = new ArrayList<>();
        for (Path file : tfFiles(directory)) {
            blocks.addAll(topLevelBlocks(file, HclSyntax.parse(file)));
        }
        return new TerraformConfiguration(directory, blocks);
    }

    /** The top-level blocks of one parsed file; top-level attributes (a .tfvars file) are not blocks. */
    public static List<TerraformBlock> topLevelBlocks(Path file, Hcl.ConfigFile parsed) {
        List<TerraformBlock> blocks = new ArrayList<>();
        Cursor fileCursor = new Cursor(null, parsed);
        for (BodyContent content : parsed.getBody()) {
            if (content instanceof Hcl.Block block) {
                blocks.add(new TerraformBlock(file, fileCursor, block));
            }
        }
        return blocks;
    }

    /** The top-level attributes of one parsed file, e.g. the settings of a .tfvars file. */
    public static Map<String, TerraformExpression> topLevelAttributes(Hcl.ConfigFile parsed) {
        Map<String, TerraformExpression> attributes = new LinkedHashMap<>();
        Cursor fileCursor = new Cursor(null, parsed);
        for (BodyContent content : parsed.getBody()) {
            if (content instanceof Hcl.Attribute attribute) {
                attributes.put(new TerraformExpression(attribute.getName(), fileCursor).name(),
                        new TerraformExpression(attribute.getValue(), fileCursor));
            }
        }
        return attributes;
    }

    public static List<Path> tfFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    public Path directory() {
        return directory;
    }

    public List<TerraformBlock> blocks() {
        return blocks;
    }

    public List<TerraformBlock> blocksOfType(String type) {
        return blocks.stream().filter(block -> block.type().equals(type)).toList();
    }

    public List<TerraformBlock> resources(String resourceType) {
        return blocks.stream()
                .filter(block -> block.type().equals("resource") && block.label(0).equals(resourceType))
                .toList();
    }

    public List<TerraformBlock> dataSources(String dataType) {
        return blocks.stream()
                .filter(block -> block.type().equals("data") && block.label(0).equals(dataType))
                .toList();
    }

    /** A resource or data source by its address ({@code aws_x.name} or {@code data.aws_x.name}). */
    public Optional<TerraformBlock> block(String address) {
        return blocks.stream()
                .filter(block -> block.type().equals("resource") || block.type().equals("data"))
                .filter(block -> block.address().equals(address))
                .findFirst();
    }

    public TerraformBlock requireBlock(String address) {
        return block(address).orElseThrow(() -> new AssertionError("no " + address + " in " + directory));
    }

    public Map<String, TerraformBlock> variables() {
        Map<String, TerraformBlock> variables = new LinkedHashMap<>();
        blocksOfType("variable").forEach(block -> variables.put(block.label(0), block));
        return variables;
    }

    public Map<String, TerraformBlock> outputs() {
        Map<String, TerraformBlock> outputs = new LinkedHashMap<>();
        blocksOfType("output").forEach(block -> outputs.put(block.label(0), block));
        return outputs;
    }

    public Map<String, TerraformExpression> locals() {
        return locals;
    }

    public TerraformExpression requireLocal(String name) {
        TerraformExpression value = locals.get(name);
        if (value == null) {
            throw new AssertionError("no local." + name);
        }
        return value;
    }

    /**
     * The resource or data source a reference points to. Resource types start with a required provider's name
     * ({@code aws_}), which tells them apart from dynamic-block iterators such as {@code snap_start.value}.
     */
    public Optional<String> blockAddressOf(Reference reference) {
        Set<String> prefixes = new LinkedHashSet<>();
        blocksOfType("terraform").forEach(settings -> settings.blocks("required_providers")
                .forEach(providers -> providers.attributes().keySet().forEach(name -> prefixes.add(name + "_"))));
        return reference.blockAddress()
                .filter(address -> address.startsWith("data.") || prefixes.stream().anyMatch(address::startsWith));
    }

    /** Every reference in every block. */
    public List<Reference> references() {
        return blocks.stream().flatMap(block -> block.references().stream()).toList();
    }

    /**
     * The instance keys a resource gets from its {@code for_each}, or the empty key for a resource without one.
     * Supports what this configuration uses: object constructors, locals, merge() and other for_each resources.
     */
    public Set<String> instanceKeys(TerraformBlock resource) {
        if (resource.attribute("count").isPresent()) {
            throw new AssertionError(resource.where() + " uses count; its instances depend on variables");
        }
        return resource.attribute("for_each").map(this::keysOf).orElse(Set.of(""));
    }

    /** The keys of a map-valued expression, without evaluating anything but structure. */
    public Set<String> keysOf(TerraformExpression expression) {
        if (expression.isObject()) {
            return new LinkedHashSet<>(expression.objectEntries().keySet());
        }
        if (expression.functionName().filter("merge"::equals).isPresent()) {
            Set<String> keys = new LinkedHashSet<>();
            expression.arguments().forEach(argument -> keys.addAll(keysOf(argument)));
            return keys;
        }
        Optional<Reference> reference = expression.asReference();
        if (reference.isPresent() && reference.get().steps().size() == 2) {
            Optional<String> local = reference.get().nameUnder("local");
            if (local.isPresent()) {
                return keysOf(requireLocal(local.get()));
            }
            Optional<String> address = reference.get().blockAddress();
            if (address.isPresent()) {
                return instanceKeys(requireBlock(address.get()));
            }
        }
        throw new AssertionError("cannot tell the keys of " + expression);
    }
}
