using Discovery.Power;

namespace Discovery.Tests.Power;

public sealed class ResetPlanTests
{
    [Theory]
    [InlineData("On", "On,ForceOff,ForceRestart", "On", "On")]
    [InlineData("On", "ForceOn,ForceOff", "ForceOn", "On")]
    [InlineData("Off", "GracefulShutdown,ForceOff", "ForceOff", "Off")]
    [InlineData("Off", "On,GracefulShutdown", "GracefulShutdown", "Off")]
    [InlineData("Reset", "On,ForceOff,GracefulRestart,ForceRestart", "ForceRestart", "On")]
    [InlineData("Cycle", "On,ForceOff,ForceRestart,PowerCycle", "PowerCycle", "On")]
    [InlineData("Cycle", "On,ForceOff,GracefulRestart", "GracefulRestart", "On")]
    [InlineData("Reset", "On,ForceOff", "ForceOff|On", "On")]
    [InlineData("Reset", "", "ForceRestart", "On")]
    public void Choose_AllowableValues_PicksThePreferredTypes(string actionName, string allowed, string expected, string target)
    {
        var action = Enum.Parse<PowerAction>(actionName);
        var (plan, problem) = ResetPlan.Choose(action, allowed.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Null(problem);
        Assert.Equal(expected.Split('|'), plan!.Steps);
        Assert.Equal(target, plan.Target);
    }

    [Fact]
    public void Choose_NothingFits_SaysWhatTheBmcLists()
    {
        var (plan, problem) = ResetPlan.Choose(PowerAction.Off, ["On", "Nmi"]);

        Assert.Null(plan);
        Assert.Equal("the BMC allows no reset type for 'off' (it lists: On, Nmi)", problem);
    }
}
