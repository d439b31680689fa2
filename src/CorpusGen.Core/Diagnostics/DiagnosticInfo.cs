using CorpusGen.Core.Helpers;

namespace CorpusGen.Core.Diagnostics;

/// <summary>
/// A diagnostic as plain, equatable data: rule id, location and message arguments. Hosts turn it into
/// their own kind (a Roslyn Diagnostic, a SARIF result, an LSP diagnostic) only when they report it.
/// Note text only ever travels as an argument, never as the format string.
/// </summary>
/// <param name="Severity">The severity the notes' folder gives the rule (<see cref="SeverityOverride"/>); null for the rule's own.</param>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments, Severity? Severity = null)
{
    public static DiagnosticInfo Create(DiagnosticRule rule, LocationInfo? location, params string[] arguments) =>
        new(rule.Id, location, arguments.ToEquatableArray());

    public DiagnosticRule Rule => DiagnosticRules.ById(Id);

    /// <summary>The message text, formatted from the rule's format and the arguments.</summary>
    public string Message
    {
        get
        {
            var arguments = new string[Arguments.Count];
            for (int i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Arguments[i];
            }
            return Rule.FormatMessage(arguments);
        }
    }
}
