namespace CorpusGen.Core.Helpers;

/// <summary>FNV-style hash combining: System.HashCode is not in netstandard2.0.</summary>
internal static class HashCombiner
{
    public static int Combine(int hash, int next) => unchecked((hash ^ next) * 16777619);

    public const int Seed = unchecked((int)2166136261);
}
