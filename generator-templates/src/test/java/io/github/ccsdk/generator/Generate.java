package io.github.ccsdk.generator;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/** Runs the ccsdk generator on a spec into a directory, as the Maven plugin does. */
final class Generate {
  /** The SDK version the golden files are generated with. */
  static final String SDK_VERSION = "1.2.0-golden";

  private Generate() {}

  static List<File> run(Path spec, Path out, String sdkName, String basePackage) {
    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName(CcsdkCodegen.NAME)
            .setInputSpec(spec.toString())
            .setOutputDir(out.toString())
            .setApiPackage(basePackage + ".api")
            .setModelPackage(basePackage + ".model")
            .setInvokerPackage(basePackage)
            .addAdditionalProperty(CcsdkCodegen.SDK_NAME, sdkName)
            .addAdditionalProperty(CcsdkCodegen.SDK_VERSION, SDK_VERSION);
    GlobalSettings.reset();
    return new DefaultGenerator().opts(configurator.toClientOptInput()).generate();
  }
}
