variable "mute_filter" {
  type = string
}

resource "google_scc_v2_organization_mute_config" "sandbox_firewalls" {
  mute_config_id = "sandbox-open-firewall"
  organization   = "123456789012"
  location       = "global"
  description    = "Reviewed: sandbox projects may open firewalls"
  filter         = "category = \"OPEN_FIREWALL\" AND resource.project_display_name = \"acme-sandbox\""
  type           = "STATIC"
}

resource "google_scc_v2_organization_mute_config" "low_noise" {
  mute_config_id = "low-noise"
  organization   = "123456789012"
  location       = "global"
  filter         = "severity = \"LOW\""
  type           = "STATIC"
}

resource "google_scc_v2_folder_mute_config" "team" {
  mute_config_id = "team"
  folder         = "435012345678"
  location       = "global"
  filter         = var.mute_filter
  type           = "STATIC"
}
