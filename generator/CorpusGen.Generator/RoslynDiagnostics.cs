using System.Collections.Generic;
using System.Linq;
using CorpusGen.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CorpusGen.Generator;

/// <summary>
/// The Roslyn side of the core's diagnostics: one <see cref="DiagnosticDescriptor"/> per core rule, and the
/// conversion of a <see cref="DiagnosticInfo"/> into a <see cref="Diagnostic"/> when it is reported.
/// </summary>
internal static class RoslynDiagnostics
{
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = DiagnosticRules.All.Select(ToDescriptor).ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = Descriptors.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor DescriptorOf(string id) => s_byId[id];

    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
    {
        DiagnosticDescriptor descriptor = DescriptorOf(info.Id);
        Location location = info.Location?.ToLocation() ?? Location.None;
        object[] arguments = info.Arguments.Cast<object>().ToArray();
        return info.Severity is { } severity
            ? Diagnostic.Create(descriptor, location, ToRoslyn(severity), additionalLocations: null, properties: null, arguments) // the note's folder's own
            : Diagnostic.Create(descriptor, location, arguments);
    }

    public static Location ToLocation(this LocationInfo location) => Location.Create(
        location.FilePath,
        new TextSpan(location.Range.Start, location.Range.Length),
        new LinePositionSpan(new LinePosition(location.Range.Line, location.Range.Column), new LinePosition(location.Range.EndLine, location.Range.EndColumn)));

    private static DiagnosticDescriptor ToDescriptor(DiagnosticRule rule) =>
        new(rule.Id, rule.Title, rule.MessageFormat, rule.Category, ToRoslyn(rule.DefaultSeverity), isEnabledByDefault: true, helpLinkUri: rule.HelpLink);

    private static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };
}
