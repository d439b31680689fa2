using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

// Named like the compiler's own file-backed additional text (internal to Microsoft.CodeAnalysis), which is the
// only kind the generator takes a file stamp of: a file read from disk on every GetText, counting the reads.
namespace Microsoft.CodeAnalysis
{
    internal sealed class AdditionalTextFile : AdditionalText
    {
        public AdditionalTextFile(string path) => Path = path;

        public override string Path { get; }

        public int Reads { get; private set; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            Reads++;
            using FileStream stream = File.OpenRead(Path);
            return SourceText.From(stream, Encoding.UTF8, SourceHashAlgorithm.Sha256);
        }
    }
}
