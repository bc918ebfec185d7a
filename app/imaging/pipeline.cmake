# Enhancement, quality gate, page sources, PDF writer, pipeline (target_sources(mtb_imaging PRIVATE ...)).
