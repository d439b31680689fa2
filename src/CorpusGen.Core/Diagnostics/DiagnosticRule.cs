using System;
using System.Globalization;

namespace CorpusGen.Core.Diagnostics;

/// <summary>How serious a diagnostic is; a host maps it to its own kind (Roslyn's DiagnosticSeverity, SARIF's level).</summary>
internal enum Severity
{
    /// <summary>Reported nowhere (a rule configured as <c>none</c>).</summary>
    None,
    Info,
    Warning,
    Error,
}

/// <summary>
/// One CG#### rule as plain data: what a host needs to report it (Roslyn's DiagnosticDescriptor, a SARIF
/// rule, an LSP diagnostic). The message format holds no note text: note text is always an argument.
/// </summary>
internal sealed record DiagnosticRule(string Id, string Title, string MessageFormat, string Category, Severity DefaultSeverity, string HelpLink)
{
    /// <summary>The message with its arguments, formatted as Roslyn formats a diagnostic's message (invariant culture).</summary>
    public string FormatMessage(params string[] arguments)
    {
        try
        {
            return string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
        }
        catch (FormatException)
        {
            return MessageFormat; // Roslyn does the same with arguments that do not fit
        }
    }
}
