using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace CorpusGen.IntegrationTests.Infrastructure;

/// <summary>
/// A brand-new project in the run's temporary folder that uses CorpusGen the way the README says:
/// a nuget.config naming the local feed, one PackageReference, notes under notes/.
/// </summary>
public sealed class Consumer
{
    private readonly PackageFixture _package;
    private readonly Dictionary<string, string> _environment;

    internal Consumer(PackageFixture package, string folder, string name)
    {
        _package = package;
        Name = name;
        Directory = Path.Combine(package.TempRoot, folder);
        System.IO.Directory.CreateDirectory(Directory);
        _environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Directory, ".packages") };
        Write("nuget.config", package.NuGetConfig());
    }

    /// <summary>The project name, which is also its RootNamespace and so the generated namespace.</summary>
    public string Name { get; }

    /// <summary>The project folder.</summary>
    public string Directory { get; }

    /// <summary>The project file's full path, as MSBuild prints it after each diagnostic.</summary>
    public string ProjectPath => Path.Combine(Directory, Name + ".csproj");

    /// <summary>The folder NuGet restores this consumer's packages into.</summary>
    public string PackagesFolder => _environment["NUGET_PACKAGES"];

    /// <summary>Writes <see cref="ProjectFile"/> for this run's CorpusGen version.</summary>
    public Consumer WriteProject(string? extraPropertyGroup = null) =>
        Write(Name + ".csproj", ProjectFile(_package.Version, extraPropertyGroup));

    /// <summary>
    /// The README's project file: a console app with a single PackageReference to CorpusGen, plus an
    /// optional property group (indented as written, inserted after the first one).
    /// </summary>
    public static string ProjectFile(string version, string? extraPropertyGroup = null)
    {
        string extra = extraPropertyGroup is null
            ? ""
            : string.Concat(extraPropertyGroup.Replace("\r\n", "\n").TrimEnd('\n').Split('\n').Select(line => "  " + line + "\n"));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>

            """ + extra + $"""
              <ItemGroup>
                <PackageReference Include="CorpusGen" Version="{version}" />
              </ItemGroup>
            </Project>

            """;
    }

    /// <summary>Writes a file (LF line endings) under the project folder.</summary>
    public Consumer Write(string relativePath, string content)
    {
        string path = FullPath(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("\r\n", "\n"));
        return this;
    }

    /// <summary>The full path of a file in the project, with the separators MSBuild prints.</summary>
    public string FullPath(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// <c>dotnet build</c> (restoring first), with the console logger so diagnostics print one per line.
    /// No compiler server: each build loads the generator afresh and leaves no VBCSCompiler behind, and on
    /// 2 cores the whole suite measured faster without it (40 s against 60 s).
    /// </summary>
    public Task<CommandResult> BuildAsync(params string[] extraArguments)
    {
        var arguments = new List<string> { "build", "-tl:off", "-nologo", "-p:UseSharedCompilation=false" };
        arguments.AddRange(extraArguments);
        return DotNet.RunAsync(Directory, _environment, arguments.ToArray());
    }

    /// <summary><c>dotnet msbuild</c> with the given arguments (a new consumer needs <c>-t:Restore</c> first).</summary>
    public Task<CommandResult> MSBuildAsync(params string[] arguments)
    {
        var all = new List<string> { "msbuild", "-nologo" };
        all.AddRange(arguments);
        return DotNet.RunAsync(Directory, _environment, all.ToArray());
    }

    /// <summary><c>dotnet run</c> (which builds first, incrementally), or with <paramref name="noBuild"/> what the last build produced.</summary>
    public Task<CommandResult> RunAsync(bool noBuild = true) =>
        noBuild ? DotNet.RunAsync(Directory, _environment, "run", "--no-build") : DotNet.RunAsync(Directory, _environment, "run");

    /// <summary>The compiler's output assembly in obj/ (rewritten only when CoreCompile runs).</summary>
    public string IntermediateAssembly => FullPath($"obj/Debug/net10.0/{Name}.dll");

    /// <summary>Where EmitCompilerGeneratedFiles writes CorpusGen's files.</summary>
    public string GeneratedFolder => FullPath("obj/Debug/net10.0/generated/CorpusGen.Generator/CorpusGen.Generator.CorpusGenerator");

    public override string ToString() => Directory;
}
