using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Accounts;

namespace Tandem.Web.Data.Configurations;

internal sealed class AccountConfiguration :
    IEntityTypeConfiguration<AppUser>, IEntityTypeConfiguration<Invitation>, IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<AppUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.Language).HasMaxLength(8);
        user.HasIndex(u => u.OrganisationId);
    }

    public void Configure(EntityTypeBuilder<Invitation> invitation)
    {
        invitation.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.Property(i => i.DisplayName).HasMaxLength(200);
        invitation.Property(i => i.TokenHash).HasMaxLength(64);
        invitation.Property<string>("_roles").HasColumnName("Roles").HasMaxLength(200);
        invitation.Ignore(i => i.Roles);
        invitation.HasIndex(i => i.TokenHash).IsUnique();
        invitation.HasIndex(i => i.PatientId);
    }

    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
        session.Ignore(s => s.Policy);
        session.HasIndex(s => new { s.UserId, s.LastSeenAt }); // a patient's last activity (reminders, worklist)
    }
}
