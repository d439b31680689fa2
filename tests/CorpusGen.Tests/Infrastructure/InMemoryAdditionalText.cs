using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>An AdditionalFiles item held in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    public InMemoryAdditionalText(string path, string? text)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text);
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Global build_property.* options, as MSBuild passes them through the generated .editorconfig.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global) => _global = new TestOptions(global);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());

        private readonly ImmutableDictionary<string, string> _values;

        public TestOptions(IReadOnlyDictionary<string, string> values) =>
            _values = values.ToImmutableDictionary(KeyComparer);

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
