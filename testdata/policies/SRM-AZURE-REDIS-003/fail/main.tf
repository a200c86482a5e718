resource "azurerm_resource_group" "main" {
  name     = "rg-cache"
  location = "westeurope"
}

resource "azurerm_redis_cache" "sessions" { # expect: SRM-AZURE-REDIS-003
  name                = "redis-acme-sessions"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

# A firewall rule that opens everything does not restrict anything.
resource "azurerm_redis_cache" "cache" {
  name                          = "redis-acme-cache"
  location                      = azurerm_resource_group.main.location
  resource_group_name           = azurerm_resource_group.main.name
  capacity                      = 1
  family                        = "P"
  sku_name                      = "Premium"
  public_network_access_enabled = true # expect: SRM-AZURE-REDIS-003
}

resource "azurerm_redis_firewall_rule" "cache_all" {
  name                = "all"
  redis_cache_name    = azurerm_redis_cache.cache.name
  resource_group_name = azurerm_resource_group.main.name
  start_ip            = "0.0.0.0"
  end_ip              = "255.255.255.255"
}
