using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CorpusGen.Core.Helpers;
using CorpusGen.Core.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CorpusGen.Tests.Incremental;

/// <summary>Pipeline models must stay value-equatable: no Roslyn objects, parser objects or mutable arrays inside.</summary>
public sealed class ModelPurityTests
{
    private static readonly Type[] s_roots = { typeof(ParsedNoteSpec), typeof(CorpusSpec), typeof(CorpusOptions) };

    [Fact]
    public void NoForbiddenTypeIsReachableFromAModel()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(s_roots);
        var problems = new List<string>();
        while (pending.Count > 0)
        {
            Type type = pending.Pop();
            if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string))
            {
                continue;
            }
            if (type.IsArray || typeof(ISymbol).IsAssignableFrom(type) || typeof(SyntaxNode).IsAssignableFrom(type)
                || typeof(Compilation).IsAssignableFrom(type) || type == typeof(Location) || type == typeof(AdditionalText)
                || type.Namespace?.StartsWith("Markdig", StringComparison.Ordinal) == true || type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true
                || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>)))
            {
                problems.Add(type.FullName!);
                continue;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Nullable<>))
            {
                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }
            Assert.True(type.GetMethod("Equals", new[] { type }) is not null, type.Name + " has no value equality");
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0))
            {
                pending.Push(property.PropertyType);
            }
        }
        Assert.Empty(problems);
        Assert.Contains(typeof(LinkTargetSpec), seen);
        Assert.Contains(typeof(FolderSpec), seen);
    }
}
