# config/initializers/app_settings.rb: production tuning, overridable via ENV.
Rails.application.configure do
  config.cache_store = :redis_cache_store, { url: ENV["REDIS_URL"], expires_in: 600, pool: { size: 100, timeout: 5 } }
  config.action_mailer.smtp_settings = {
    address: "smtp.internal",
    port: 587,
    open_timeout: 30,
    read_timeout: 120,
  }
  config.active_storage.variant_processor = :vips
  config.log_level = :info
end

Sidekiq.configure_server do |config|
  config.concurrency = 20
  config.redis = { url: ENV["REDIS_URL"], network_timeout: 5, pool_timeout: 5 }
  config.average_scheduled_poll_interval = 15
end

module AppSettings
  PAGE_SIZE = 100
  AVATAR_SIZES = { thumb: [128, 128], medium: [256, 256], large: [512, 512] }.freeze
  MAX_UPLOAD_MB = 250
  RETRY_BACKOFF = [100, 250, 500, 900].freeze
  SESSION_MINUTES = 120
  PASSWORD_MAX = 128
  THEME = { "gray-100" => "#f7f7f7", "gray-500" => "#999", "brand" => "#c00", "font-weight" => 400 }.freeze
  SMTP_CODES = { ok: 250, start_input: 354, mailbox_unavailable: 550, transaction_failed: 554 }.freeze
  COPYRIGHT = "2014-2024 Example GmbH"
  TERMS_VERSION = "3.100"

  def self.retry_after(attempt)
    RETRY_BACKOFF.fetch(attempt, 900) / 1000.0
  end

  def self.server_error?(status)
    status.to_i / 100 == 5
  end

  def self.client_error?(status)
    status >= 400 && status < 500
  end

  def self.smtp_ok?(reply)
    reply.to_i == 250
  end

  def self.banner
    "Projects are archived after 365 days; at most 500 per account."
  end
end
