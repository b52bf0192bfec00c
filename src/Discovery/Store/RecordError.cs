namespace Discovery.Store;

/// <summary>Why a record was refused: the snake_case JSON path of the offending field and a sentence naming the value.</summary>
/// <param name="Field">The JSON path (<c>xname</c>, <c>network_interfaces[1].mac_address</c>, <c>groups[0]</c>).</param>
/// <param name="Message">What is wrong, naming the value.</param>
internal sealed record RecordError(string Field, string Message);
