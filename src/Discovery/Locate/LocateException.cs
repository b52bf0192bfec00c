namespace Discovery.Locate;

/// <summary>One switch cannot be read for a local reason (its credentials); the message never carries a secret.</summary>
internal sealed class LocateException(string message) : Exception(message);
