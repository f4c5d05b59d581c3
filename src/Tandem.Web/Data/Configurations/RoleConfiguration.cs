using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Data.Configurations;

/// <summary>The roles are fixed reference data, created by the migrations on every database.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> role) =>
        role.HasData(Enum.GetValues<Role>().Select(r => new IdentityRole<Guid>
        {
            Id = new Guid($"00000000-0000-0000-0000-{(int)r + 1:D12}"),
            Name = r.ToString(),
            NormalizedName = r.ToString().ToUpperInvariant(),
            ConcurrencyStamp = r.ToString(),
        }));
}
