package io.agenticapi.infra.support;

/** The repository layout and its parsed terraform/ directory, loaded once for all tests. */
public final class Deployment {

    private static final RepositoryLayout LAYOUT = RepositoryLayout.fromSystemProperty();
    private static final TerraformConfiguration TERRAFORM = TerraformConfiguration.load(LAYOUT.terraform());

    private Deployment() {
    }

    public static RepositoryLayout layout() {
        return LAYOUT;
    }

    public static TerraformConfiguration terraform() {
        return TERRAFORM;
    }
}
