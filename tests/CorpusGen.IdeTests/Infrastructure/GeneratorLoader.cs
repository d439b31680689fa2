using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CorpusGen.IdeTests.Infrastructure;

/// <summary>
/// Loads the generator the way an IDE's analyzer host does: into its own load context, with its
/// dependencies (Markdig, YamlDotNet) resolved from the generator's folder and Roslyn shared with the host.
/// </summary>
internal sealed class GeneratorLoader : IAnalyzerAssemblyLoader
{
    private readonly AnalyzerLoadContext _context;

    private GeneratorLoader(string directory) => _context = new AnalyzerLoadContext(directory);

    /// <summary>The built generator, copied with Markdig.dll and YamlDotNet.dll to analyzer/ by the project file.</summary>
    public static string GeneratorPath { get; } = Path.Combine(AppContext.BaseDirectory, "analyzer", "CorpusGen.Generator.dll");

    /// <summary>An analyzer reference to the generator, as a project system would add it.</summary>
    public static AnalyzerFileReference CreateReference() =>
        new(GeneratorPath, new GeneratorLoader(Path.GetDirectoryName(GeneratorPath)!));

    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);

    private sealed class AnalyzerLoadContext : AssemblyLoadContext
    {
        private readonly string _directory;

        public AnalyzerLoadContext(string directory) : base("CorpusGen analyzer", isCollectible: false) => _directory = directory;

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Roslyn itself must be the host's, or the generator's ISourceGenerator would be a different type.
            if (assemblyName.Name is null || assemblyName.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                return null;
            }
            string candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
