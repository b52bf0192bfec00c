namespace Discovery.Testing.Smd;

/// <summary>A body SMD's Go decoder would refuse (SMD answers 500 for it).</summary>
internal sealed class GoJsonException(string message) : Exception(message);
