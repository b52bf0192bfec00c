namespace Discovery.Locate;

/// <summary>Event ids of the locate area (the 9000 block).</summary>
internal static class LocateEventIds
{
    /// <summary>One switch's table was read.</summary>
    public const int SwitchRead = 9000;

    /// <summary>One switch could not be read.</summary>
    public const int SwitchFailed = 9001;

    /// <summary>A locate pass finished.</summary>
    public const int Located = 9002;
}
