using Discovery.Records.Validation;
using Discovery.Redfish.Mapping;

using Discovery.Redfish.Tests;

namespace Discovery.Redfish.Mapping.Tests;

/// <summary>What collect maps from real vendors' mockups must pass the inventory rules, or the store could not keep it.</summary>
public sealed class RedfishMapperValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Mockups => new(SharedMockups.Names);

    [Theory]
    [MemberData(nameof(Mockups))]
    public void Map_SharedMockup_RecordsPassTheInventoryRules(string mockup)
    {
        var inventory = RedfishMapper.Map(SharedMockups.Load(mockup), "10.0.0.21", 443, Now);

        var errors = inventory.Nodes.SelectMany(n => InventoryValidator.Validate(n).Errors)
            .Concat(InventoryValidator.Validate(inventory.Bmc).Errors)
            .Select(e => e.ToString());

        Assert.Empty(errors);
    }
}
