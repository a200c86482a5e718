resource "google_scc_v2_organization_mute_config" "quiet_high" {
  mute_config_id = "quiet-high"
  organization   = "123456789012"
  location       = "global"
  description    = "Too many HIGH findings during the migration"
  filter         = "severity = \"HIGH\"" # expect: SRM-GCP-SCC-001
  type           = "STATIC"
}

resource "google_scc_v2_project_mute_config" "sandbox_everything" {
  mute_config_id = "sandbox-everything"
  project        = "acme-sandbox"
  location       = "global"
  filter         = "state = \"ACTIVE\"" # expect: SRM-GCP-SCC-001
  type           = "STATIC"
}
