// netstandard2.0 lacks the types that records and init-only members need; the compiler only looks them up by name.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
