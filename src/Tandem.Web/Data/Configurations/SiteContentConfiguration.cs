using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Domain.Organisations;
using Tandem.Domain.SiteContent;

namespace Tandem.Web.Data.Configurations;

internal sealed class SitePageTextConfiguration : IEntityTypeConfiguration<SitePageText>
{
    // The base snapshot is the programme's own text, which is not bound by the site's limit.
    private const int MaxBaseLength = 100_000;

    public void Configure(EntityTypeBuilder<SitePageText> text)
    {
        text.Property(t => t.ProgrammeId).HasMaxLength(64);
        text.Property(t => t.ModuleId).HasMaxLength(64);
        text.Property(t => t.PageId).HasMaxLength(64);
        text.Property(t => t.Dutch).HasMaxLength(SiteContentRules.MaxTextLength);
        text.Property(t => t.English).HasMaxLength(SiteContentRules.MaxTextLength);
        text.Property(t => t.BaseDutch).HasMaxLength(MaxBaseLength);
        text.Property(t => t.BaseEnglish).HasMaxLength(MaxBaseLength);
        text.Ignore(t => t.Text);
        text.Ignore(t => t.BaseText);
        text.HasOne<Site>().WithMany().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Restrict);
        text.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
        text.HasIndex(t => new { t.SiteId, t.ProgrammeId, t.ModuleId, t.PageId }).IsUnique();
    }
}
