namespace Discovery.MockBmc.Mockups;

/// <summary>Resources that faults or dynamic behaviour treat specially.</summary>
internal enum ResourceRole
{
    Other,
    ServiceRoot,
    SystemsCollection,
    SystemMember,
    ManagerMember,
}
