using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace CorpusGen.Tests.Architecture;

/// <summary>Hosts build on a Roslyn-free core, and each rule lives in the core only.</summary>
public sealed class LayeringTests
{
    private static readonly Assembly s_core = typeof(CorpusGen.Core.Parsing.NoteParser).Assembly;
    private static readonly Assembly s_runtime = typeof(CorpusGen.Note).Assembly;
    private static readonly Assembly s_generator = typeof(CorpusGen.Generator.CorpusGenerator).Assembly;

    [Fact]
    public void Core_ReferencesNoRoslynAssembly()
    {
        string[] references = s_core.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.Contains("Markdig", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Core_TypesLiveInCoreNamespaces()
    {
        // The compiler embeds attribute types of its own (Microsoft.CodeAnalysis.EmbeddedAttribute): not ours.
        Assert.All(s_core.GetTypes().Where(t => t.Namespace is not null && !t.Namespace.StartsWith("System", StringComparison.Ordinal)
                && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))),
            t => Assert.StartsWith("CorpusGen.Core", t.Namespace!, StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_CarriesNoCopyOfGeneratorOrCoreCode_AndReferencesTheCore()
    {
        Assert.DoesNotContain(s_runtime.GetTypes(), t => t.Namespace?.StartsWith("CorpusGen.Generator", StringComparison.Ordinal) == true
            || t.Namespace?.StartsWith("CorpusGen.Core", StringComparison.Ordinal) == true);
        Assert.Contains(s_runtime.GetReferencedAssemblies(), a => a.Name == "CorpusGen.Core");
    }

    [Fact]
    public void Generator_HoldsOnlyTheRoslynHostAndTheEmitter()
    {
        string[] namespaces = s_generator.GetTypes().Select(t => t.Namespace ?? "").Where(n => n.StartsWith("CorpusGen", StringComparison.Ordinal))
            .Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(new[] { "CorpusGen.Generator", "CorpusGen.Generator.Emit" }, namespaces);
    }
}
