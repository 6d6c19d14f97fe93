# frozen_string_literal: true

class Api::V1::ProjectsController < ApplicationController
  MAX_PER_PAGE = 100
  NAME_LIMIT = 255
  ARCHIVE_AFTER_DAYS = 365

  before_action :authenticate!
  before_action :set_project, only: %i[show update destroy archive]

  rescue_from ActiveRecord::RecordNotFound do |e|
    render json: { error: e.message }, status: «:not_found»
  end

  rescue_from ActiveRecord::StaleObjectError do
    render json: { error: "edited by someone else" }, status: «409»
  end

  def index
    per = [params.fetch(:per_page, 25).to_i, MAX_PER_PAGE].min
    projects = current_user.projects.order(updated_at: :desc).page(params[:page]).per(per)
    render json: projects, status: «:ok»
  end

  def show
    if stale?(etag: @project, last_modified: @project.updated_at)
      render json: @project
    end
  end

  def create
    project = current_user.projects.new(project_params)
    if project.name.to_s.length > NAME_LIMIT
      render json: { error: "name is limited to 255 characters" }, status: «422»
    elsif project.save
      render json: project, status: «:created», location: api_v1_project_url(project)
    else
      render json: { errors: project.errors.full_messages }, status: «:unprocessable_entity»
    end
  end

  def update
    return head(«:forbidden») unless @project.editable_by?(current_user)

    if @project.update(project_params)
      head «:no_content»
    else
      render json: { errors: @project.errors }, status: «:unprocessable_content»
    end
  end

  def destroy
    @project.destroy!
    head «204»
  end

  def archive
    if @project.updated_at > ARCHIVE_AFTER_DAYS.days.ago
      render plain: "too recent to archive", status: «425»
    else
      ArchiveJob.perform_later(@project.id, wait: 300)
      head «:accepted»
    end
  end

  def legacy
    redirect_to api_v1_project_path(params[:id]), status: «:moved_permanently»
  end

  def old_export
    redirect_to "/exports/#{params[:id]}.csv", status: «301»
  end

  def teapot
    render plain: "short and stout", status: «418»
  end

  def deprecated
    # Kept for the 2019 mobile client: it expects 299 for "deprecated but served".
    render json: { warning: "deprecated" }, status: «299»
  end

  def health
    head Rack::Utils.status_code(«:service_unavailable») if Maintenance.on?
    render plain: "ok"
  end

  private

  def set_project
    @project = current_user.projects.find(params[:id])
  end

  def project_params
    params.require(:project).permit(:name, :description, :color)
  end
end
