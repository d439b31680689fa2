using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CorpusGen.IntegrationTests.Infrastructure;
using Xunit;

namespace CorpusGen.IntegrationTests;

/// <summary>What `dotnet pack` puts in CorpusGen.&lt;version&gt;.nupkg.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests
{
    private readonly PackageFixture _package;

    public PackageContentsTests(PackageFixture package) => _package = package;

    [Fact]
    public void Package_HoldsGeneratorBesideItsDependencies_RuntimeLib_AndBuildFilesTwice()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml" && name != "CorpusGen.nuspec")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

        var expected = new List<string>
        {
            "analyzers/dotnet/cs/CorpusGen.Core.dll",
            "analyzers/dotnet/cs/CorpusGen.Generator.dll",
            "analyzers/dotnet/cs/Markdig.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/CorpusGen.props",
            "build/CorpusGen.targets",
            "buildTransitive/CorpusGen.props",
            "buildTransitive/CorpusGen.targets",
            "lib/net8.0/CorpusGen.Core.dll",
            "lib/net8.0/CorpusGen.Runtime.dll",
            "lib/net8.0/CorpusGen.Runtime.xml",
        };
        if (File.Exists(Path.Combine(RepoPaths.Root, "README.md")))
        {
            expected.Add("README.md");
        }
        Assert.Equal(expected.OrderBy(name => name, StringComparer.Ordinal), files);
    }

    [Theory]
    [InlineData("build/CorpusGen.props", "CorpusGen.props")]
    [InlineData("buildTransitive/CorpusGen.props", "CorpusGen.props")]
    [InlineData("build/CorpusGen.targets", "CorpusGen.targets")]
    [InlineData("buildTransitive/CorpusGen.targets", "CorpusGen.targets")]
    public void PackedBuildFiles_AreTheOnesTheRepositoryImports(string entry, string repoFile)
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.GeneratorDirectory, "build", repoFile)), reader.ReadToEnd());
    }

    [Fact]
    public void Nuspec_HasIdVersionDescriptionLicenseRepository_AndNoDependencies()
    {
        XElement metadata = ReadNuspec().Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

        Assert.Equal("CorpusGen", Value("id"));
        Assert.Equal(_package.Version, Value("version"));
        Assert.StartsWith("Compiles markdown notes into typed C#", Value("description"));
        XElement license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        XElement repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal(("git", "https://github.com/CorpusGen/CorpusGen"), ((string?)repository.Attribute("type"), (string?)repository.Attribute("url")));
        Assert.Equal("https://github.com/CorpusGen/CorpusGen", Value("projectUrl"));
        if (File.Exists(Path.Combine(RepoPaths.Root, "README.md")))
        {
            Assert.Equal("README.md", Value("readme"));
        }

        // The generator, CorpusGen.Core and Markdig/YamlDotNet travel inside analyzers/; the runtime library
        // carries CorpusGen.Core beside it in lib/ and depends on the core's Markdig and YamlDotNet.
        XElement? dependencies = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies");
        Assert.NotNull(dependencies);
        Assert.Equal(new[] { "Markdig", "YamlDotNet" }, dependencies!.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id")));
        Assert.Equal(new[] { "net8.0" }, dependencies.Elements().Select(g => (string?)g.Attribute("targetFramework")));
    }

    [Fact]
    public void AnalyzerReleases_ListExactlyTheDiagnosticIdsOfThePackedGenerator()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        using var stream = new MemoryStream();
        // The rules are data in CorpusGen.Core, which the generator loads from beside it.
        zip.GetEntry("analyzers/dotnet/cs/CorpusGen.Core.dll")!.Open().CopyTo(stream);
        stream.Position = 0;

        // Rule ids are string literals in the core: read them from its metadata, without loading it.
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        var idsInGenerator = new SortedSet<string>(StringComparer.Ordinal);
        for (UserStringHandle handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            string value = metadata.GetUserString(handle);
            if (Regex.IsMatch(value, "^CG[0-9]{4}$"))
            {
                idsInGenerator.Add(value);
            }
        }

        var idsInReleases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (string line in File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "CorpusGen.Core", "Diagnostics", file)))
            {
                Match row = Regex.Match(line, @"^(CG[0-9]{4})\s*\|");
                if (row.Success)
                {
                    Assert.True(idsInReleases.Add(row.Groups[1].Value), $"{row.Groups[1].Value} is listed twice");
                }
            }
        }

        Assert.Contains("CG0001", idsInGenerator); // the reading itself works
        Assert.Equal(idsInGenerator, idsInReleases);
    }

    private XElement ReadNuspec()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.PackagePath);
        using Stream nuspec = zip.GetEntry("CorpusGen.nuspec")!.Open();
        return XDocument.Load(nuspec).Root!;
    }
}
