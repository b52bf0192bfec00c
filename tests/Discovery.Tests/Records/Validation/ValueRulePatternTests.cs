using System.Reflection;
using System.Text.RegularExpressions;
using Discovery.Records.Validation;

namespace Discovery.Records.Validation.Tests;

/// <summary>
/// The rules' patterns run without a wall-clock timeout (a busy machine made good values time out, and
/// <c>apply</c> died of it), so each must stay linear in its input: hostile values get an answer, not a hang.
/// </summary>
public sealed class ValueRulePatternTests
{
    public static TheoryData<string> PatternRules() => [.. PatternRuleFields().Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(PatternRules))]
    public void CompiledPattern_OfEveryRule_HasNoMatchTimeout(string name)
    {
        var rule = Rule(name);

        Assert.Equal(Regex.InfiniteMatchTimeout, rule.CompiledPattern.MatchTimeout);
        Assert.True(rule.CompiledPattern.Options.HasFlag(RegexOptions.Compiled));
    }

    // Values shaped to make a backtracking pattern retry: long runs of what a label, a hex group or a path takes,
    // spoilt near the end, then a line break no rule takes. Each is refused with the rule's message (no exception).
    [Theory]
    [MemberData(nameof(PatternRules))]
    public void Check_HostileLongValues_AreRefusedWithTheRulesMessage(string name)
    {
        var rule = Rule(name);
        string[] hostile =
        [
            new string('a', 200_000) + "!",
            string.Concat(Enumerable.Repeat("a-", 100_000)) + "\n",
            string.Concat(Enumerable.Repeat("ab.", 60_000)) + "-",
            string.Concat(Enumerable.Repeat("1:", 60_000)) + "g",
            "/" + new string('x', 200_000) + "\r",
        ];

        foreach (var value in hostile.Select(v => v + "\n"))
        {
            Assert.Null(rule.Check(value, out var error));
            Assert.StartsWith("is not ", error!.Message, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<FieldInfo> PatternRuleFields() =>
        typeof(ValueRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.GetValue(null) is ValueRule { Pattern: not null });

    private static ValueRule Rule(string name) => (ValueRule)typeof(ValueRules).GetField(name)!.GetValue(null)!;
}
