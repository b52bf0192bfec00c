namespace Discovery.Testing.Smd;

/// <summary>An endpoint SMD's <c>NewRedfishEPDescription</c> refuses (SMD answers 400 with this message).</summary>
internal sealed class SmdValidationException(string message) : Exception(message);
