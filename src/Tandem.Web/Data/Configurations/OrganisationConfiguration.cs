using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Organisations;

namespace Tandem.Web.Data.Configurations;

internal sealed class OrganisationConfiguration :
    IEntityTypeConfiguration<Organisation>, IEntityTypeConfiguration<Site>, IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Organisation> organisation) =>
        organisation.Property(o => o.Name).HasMaxLength(200);

    public void Configure(EntityTypeBuilder<Site> site)
    {
        site.Property(s => s.Name).HasMaxLength(200);
        site.Property(s => s.City).HasMaxLength(100);
        site.Property(s => s.Slug).HasMaxLength(60);
        site.HasIndex(s => s.Slug).IsUnique();
        site.Property(s => s.Phone).HasMaxLength(30);
        site.Property(s => s.Email).HasMaxLength(254);
        site.Property(s => s.Address).HasMaxLength(SiteSettings.MaxAddressLength);
        site.Property(s => s.OpeningHours).HasMaxLength(SiteSettings.MaxOpeningHoursLength);
        site.Property(s => s.HowToStartNl).HasMaxLength(SiteSettings.MaxHowToStartLength);
        site.Property(s => s.HowToStartEn).HasMaxLength(SiteSettings.MaxHowToStartLength);
        site.Property(s => s.BrandColour).HasMaxLength(7);
        site.Property(s => s.Version).IsConcurrencyToken();
        site.Ignore(s => s.Settings);
        site.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.Property(t => t.Name).HasMaxLength(200);
        team.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}
