# Page detection and rectification sources (target_sources(mtb_imaging PRIVATE ...)).
