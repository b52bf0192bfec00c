namespace Discovery.MockBmc.Power;

/// <summary>A system heading for <paramref name="Target"/>, which it reaches at <paramref name="SettlesAt"/>.</summary>
internal sealed record PowerTransition(string Target, DateTimeOffset SettlesAt)
{
    public string StateAt(DateTimeOffset now) =>
        now >= SettlesAt ? Target : Target == "Off" ? "PoweringOff" : "PoweringOn";
}
