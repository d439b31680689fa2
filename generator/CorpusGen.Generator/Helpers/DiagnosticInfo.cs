using System.Linq;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Generator.Helpers;

/// <summary>
/// An equatable stand-in for a <see cref="Diagnostic"/>: descriptor id, location and message
/// arguments. Note text only ever travels as an argument, never as the format string.
/// </summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(DiagnosticDescriptors.ById(Id), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());
}
