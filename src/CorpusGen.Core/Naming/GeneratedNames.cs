namespace CorpusGen.Core.Naming;

/// <summary>
/// Names the emitted code uses for members of its own: the naming rules keep notes, folders and
/// front-matter keys off them, and the emitter writes them.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The generated front-matter type's factory from note records.</summary>
    public const string FrontMatterFactory = "__From";

    /// <summary>The private field of a folder class (and of the root class): the folder's notes, from which its members are taken by position.</summary>
    public const string FolderCorpus = "__C";

    /// <summary>Members of the root class a note or folder may not take.</summary>
    public static readonly string[] RootReserved = { "All", "Corpus", "ById", "InFolder", "__Holder", "__Load", "__Body", "__bodySource", FolderCorpus };

    /// <summary>Members of a folder class a note or sub-folder may not take.</summary>
    public static readonly string[] FolderReserved = { "All", "__Load", "__Body", "__bodySource", FolderCorpus };
}
