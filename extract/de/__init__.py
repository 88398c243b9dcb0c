"""The German language layer: sentences, tags, quotation marks, cues (see extract/README.md;
the German modules move here from extract/ in one step, after the attribution work is merged)."""
