namespace Discovery.Testing.Smd;

/// <summary>A component (<c>/State/Components</c>) the double created from a registration.</summary>
/// <param name="Id">The xname.</param>
/// <param name="Type">HMS type (<c>NodeBMC</c>, <c>Node</c>).</param>
/// <param name="State">State (<c>On</c> for nodes, empty for BMCs).</param>
/// <param name="Nid">Node id (1-based position among the endpoint's systems), or null.</param>
public sealed record SmdDoubleComponent(string Id, string Type, string State, int? Nid);
