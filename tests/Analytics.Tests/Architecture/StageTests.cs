using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Analytics.Tests.Architecture;

public class StageTests
{
    [Fact]
    public void Library_NoStageUsesALaterStage()
    {
        using var dll = File.OpenRead(typeof(Analytics.Periods.Period).Assembly.Location);
        var violations = StageReferences.Violations(dll);
        Assert.True(violations.Count == 0, $"{violations.Count} reference(s) from a stage to a later one:\n" + string.Join('\n', violations));
    }

    [Fact]
    public void Library_ReferencesBetweenStagesAreSeen()
    {
        // The checker sees the edges the library is made of: were it blind, the first test would pass for nothing.
        using var dll = File.OpenRead(typeof(Analytics.Periods.Period).Assembly.Location);
        var edges = StageReferences.Edges(dll);
        foreach (var e in new[] { "Analytics.Tables → Analytics.Narrative", "Analytics.Narrative → Analytics.Growth", "Analytics.Forecasting → Analytics.Series", "Analytics.Tables → Analytics.Audit", "Analytics.Growth → Analytics.Series", "Analytics.Io → Analytics.Observations", "Analytics.Series → Analytics.Periods", "Analytics.Periods → Analytics.Internal" })
        {
            Assert.Contains(e, edges);
        }
    }

    [Fact]
    public void Library_EveryTypeOfTheLibraryIsInAStage()
    {
        // A type outside every stage would never be checked.
        using var dll = File.OpenRead(typeof(Analytics.Periods.Period).Assembly.Location);
        Assert.Empty(StageReferences.Unstaged(dll));
    }

    [Fact]
    public void Checker_BackwardReferences_AreEachReportedWithTypeMemberAndTarget()
    {
        var violations = StageReferences.Violations(Compile("""
            namespace Analytics.Tables { public class Table { public static int Count() => 1; } public class TableAttribute : System.Attribute { public TableAttribute(System.Type t) { } } }
            namespace Analytics.Forecasting { public class Model { } }
            namespace Analytics.Narrative { public class Story { } }
            namespace Analytics.Tables { public class Report { public Analytics.Narrative.Story Story() => new(); } }
            namespace Analytics.Periods
            {
                public class ByBase : Analytics.Tables.Table { }
                public class ByField { public Analytics.Tables.Table Held = null!; }
                public class ByCall { public int Run() => Analytics.Tables.Table.Count(); }
                public class ByGeneric { public System.Collections.Generic.List<Analytics.Narrative.Story> Stories() => []; }
                public class ByLocal { public string Run() { object o = new object(); return (o as Analytics.Narrative.Story)?.ToString() ?? ""; } }
                public class ByLambda { public System.Func<int> Later() => () => Analytics.Tables.Table.Count(); }
                [Analytics.Tables.Table(typeof(Analytics.Forecasting.Model))] public class ByAttribute { }
            }
            namespace Analytics.Audit { public class Check { public void Run() { var m = new Analytics.Forecasting.Model(); } } }
            """));
        string[] expected =
        [
            "Analytics.Periods.ByBase (base type) uses Analytics.Tables.Table",
            "Analytics.Periods.ByField.Held (field type) uses Analytics.Tables.Table",
            "Analytics.Periods.ByCall.Run (call) uses Analytics.Tables.Table",
            "Analytics.Periods.ByGeneric.Stories (signature) uses Analytics.Narrative.Story",
            "Analytics.Periods.ByLocal.Run (isinst) uses Analytics.Narrative.Story",
            "Analytics.Periods.ByLambda+<>c.<Later>b__0_0 (call) uses Analytics.Tables.Table",
            "Analytics.Periods.ByAttribute (attribute) uses Analytics.Tables.TableAttribute",
            "Analytics.Periods.ByAttribute (attribute) uses Analytics.Forecasting.Model",
            "Analytics.Audit.Check.Run (newobj) uses Analytics.Forecasting.Model",
        ];
        foreach (var e in expected)
        {
            Assert.True(violations.Any(v => v.StartsWith(e, StringComparison.Ordinal)), $"Not reported: {e}\nReported:\n{string.Join('\n', violations)}");
        }

        // A later stage may use an earlier one (Tables → Narrative); the message names both stages.
        Assert.DoesNotContain(violations, v => v.StartsWith("Analytics.Tables", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.EndsWith("stage Analytics.Audit may not use the later stage Analytics.Forecasting", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_EarlierStagesOnly_ReportsNothing()
    {
        var violations = StageReferences.Violations(Compile("""
            namespace Analytics.Internal { public static class Check { public static void NotNull(object o) { } } }
            namespace Analytics.Periods { public record Month(int Value); }
            namespace Analytics.Charts { public class Chart { public Analytics.Periods.Month M = new(1); } }
            namespace Analytics.Tables { public class Table : Analytics.Charts.Chart { public void Run() { Analytics.Internal.Check.NotNull(M); } } }
            """));
        Assert.Empty(violations);
    }

    [Fact]
    public void Stages_AuditAndForecastingAreSiblings_ChartsBetweenForecastingAndNarrative()
    {
        var audit = StageReferences.StageOf("Analytics.Audit")!.Value;
        var forecasting = StageReferences.StageOf("Analytics.Forecasting")!.Value;
        var charts = StageReferences.StageOf("Analytics.Charts")!.Value;
        Assert.False(StageReferences.Allowed(audit, forecasting));
        Assert.False(StageReferences.Allowed(forecasting, audit));
        Assert.True(StageReferences.Allowed(charts, forecasting));
        Assert.True(StageReferences.Allowed(StageReferences.StageOf("Analytics.Narrative")!.Value, charts));
        Assert.False(StageReferences.Allowed(StageReferences.StageOf("Analytics.Internal")!.Value, StageReferences.StageOf("Analytics.Periods")!.Value));
    }

    private static MemoryStream Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Private.CoreLib.dll" or "System.Runtime.dll" or "System.Collections.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "StageFixture",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        stream.Position = 0;
        return stream;
    }
}
