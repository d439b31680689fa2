using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CorpusGen.Generator;
using CorpusGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CorpusGen.Tests.Robustness;

/// <summary>Hosts other than the compiler and the IDE implement only what they must of Roslyn's option types.</summary>
public sealed class HostOptionsTests
{
    [Fact]
    public void OptionsThatCannotListTheirKeys_StillGiveTheWholeOutput()
    {
        // AnalyzerConfigOptions.Keys throws NotImplementedException unless a host overrides it.
        var provider = new MinimalProvider(new Dictionary<string, string>
        {
            ["build_property.CorpusGenNotesRoot"] = GeneratorHarness.NotesRoot,
            ["build_property.RootNamespace"] = "TestCorpus",
        });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText(GeneratorHarness.NotesRoot + "a.md", "---\ntitle: A\n---\nSee [[nowhere]].\n") },
            parseOptions: CSharpParseOptions.Default,
            optionsProvider: provider);

        GeneratorRunResult result = driver.RunGenerators(GeneratorHarness.CreateCompilation("")).GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public static readonly __Note A = ", System.StringComparison.Ordinal));
        Assert.Equal("CG0001", Assert.Single(result.Diagnostics).Id);
    }

    private sealed class MinimalProvider : AnalyzerConfigOptionsProvider
    {
        private readonly MinimalOptions _global;

        public MinimalProvider(Dictionary<string, string> global) => _global = new MinimalOptions(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => MinimalOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => MinimalOptions.Empty;

        private sealed class MinimalOptions : AnalyzerConfigOptions
        {
            public static readonly MinimalOptions Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public MinimalOptions(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
